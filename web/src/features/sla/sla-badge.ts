const NEUTRAL = { background: 'gray.8', text: 'white' };

/** Badge colours per SLA state (Mantine theme colours); every pair meets WCAG AA (4.5:1). */
export const SLA_BADGE: Record<string, { background: string; text: string }> = {
  RUNNING: { background: 'blue.8', text: 'white' },
  // Yellow with dark text: white on any Mantine yellow or orange fails AA.
  WARNING: { background: 'yellow.4', text: 'dark.9' },
  BREACHED: { background: 'red.9', text: 'white' },
  PAUSED: NEUTRAL,
  MET: { background: 'teal.9', text: 'white' },
  STOPPED: NEUTRAL,
};

export function slaBadge(state: string): { background: string; text: string } {
  return SLA_BADGE[state] ?? NEUTRAL;
}
