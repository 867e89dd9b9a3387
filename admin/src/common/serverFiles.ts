import { HttpError } from 'react-admin';
import { mapGraphQLError } from '../dataProvider/errors';
import { authFetch } from '../dataProvider/index';

/** Fetch a file the server makes (an export, a template) with the session's token and save it. */
export async function downloadFromServer(url: string, fallbackName: string): Promise<void> {
  const response = await authFetch(url);
  if (!response.ok) throw await httpError(response);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** POST a file as the request body; the server's JSON answer. */
export async function uploadToServer<T>(url: string, file: File): Promise<T> {
  const response = await authFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  if (!response.ok) throw await httpError(response);
  return response.json();
}

/** POST a multipart form (fields first, then the file, as the server reads them); the server's JSON answer. */
export async function uploadFormToServer<T>(url: string, form: FormData): Promise<T> {
  const response = await authFetch(url, { method: 'POST', body: form });
  // authFetch hands a GraphQL-shaped error on with status 200: look at the body, not only the status
  const body = await response
    .clone()
    .json()
    .catch(() => null);
  if (!response.ok || body?.errors) throw await httpError(response);
  return body as T;
}

/** A file the server serves only with the session's token, as a blob (for an authorized preview). */
export async function blobFromServer(url: string): Promise<Blob> {
  const response = await authFetch(url);
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.startsWith('application/json')) throw await httpError(response);
  return response.blob();
}

async function httpError(response: Response): Promise<HttpError> {
  const body = await response.json().catch(() => null);
  if (body?.errors) {
    const mapped = mapGraphQLError(body);
    return new HttpError(mapped.message, response.status, mapped.body);
  }
  return new HttpError('ra.notification.http_error', response.status);
}

function fileName(disposition: string | null): string | undefined {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  return encoded ? decodeURIComponent(encoded) : undefined;
}
