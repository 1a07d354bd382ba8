/** Sends one file to a ticket; resolves to null on success or the server's error code. */
export async function uploadAttachment(ticketId: string, file: File): Promise<string | null> {
  try {
    const res = await fetch(`/api/tickets/${encodeURIComponent(ticketId)}/attachments`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file,
    });
    if (res.ok) return null;
    const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
    return body?.error?.code ?? 'generic';
  } catch {
    return 'generic';
  }
}
