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
