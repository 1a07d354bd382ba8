import { highlightRuns } from '@linje/shared';

/** Search text with its matches marked; the text is rendered as text, never as HTML. */
export function Highlighted({
  value,
}: {
  value: { text: string; ranges: { start: number; length: number }[] };
}) {
  return (
    <>
      {highlightRuns(value).map((run, i) =>
        run.match ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>,
      )}
    </>
  );
}
