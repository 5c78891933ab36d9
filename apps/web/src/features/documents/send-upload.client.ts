"use client";

export type UploadOutcome =
  { ok: true; id: string } | { ok: false; message: string; field: string | null };

const UNREACHABLE =
  "The upload stopped: we couldn't reach Carryover. Check your connection and try again.";

function refusalOf(status: number, body: string): UploadOutcome {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; field?: unknown };
    if (typeof parsed.error === "string")
      return {
        ok: false,
        message: parsed.error,
        field: typeof parsed.field === "string" ? parsed.field : null,
      };
  } catch {
    // Not our JSON (a proxy's page, say): the sentence below.
  }
  const message = body.trim().length > 0 && body.length < 300 ? body.trim() : null;
  return {
    ok: false,
    message: message ?? `The upload was refused (${status}). Please try again.`,
    field: null,
  };
}

/**
 * `POST /api/documents` with the fields before the file (the server checks them before it keeps a
 * byte). XMLHttpRequest, not fetch: only it reports how much of the body has been sent.
 */
export function sendUpload(input: {
  childId: string;
  file: File;
  category: string;
  sharedWithFamily?: boolean;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}): Promise<UploadOutcome> {
  const body = new FormData();
  body.append("childId", input.childId);
  body.append("category", input.category);
  if (input.sharedWithFamily !== undefined)
    body.append("sharedWithFamily", String(input.sharedWithFamily));
  body.append("file", input.file);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/documents");
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) input.onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => {
      if (request.status === 201) {
        const { id } = JSON.parse(request.responseText) as { id: string };
        resolve({ ok: true, id });
      } else resolve(refusalOf(request.status, request.responseText));
    });
    request.addEventListener("error", () =>
      resolve({ ok: false, message: UNREACHABLE, field: null }),
    );
    request.addEventListener("abort", () =>
      resolve({ ok: false, message: "The upload was stopped; nothing was kept.", field: null }),
    );
    input.signal?.addEventListener("abort", () => request.abort());
    request.send(body);
  });
}
