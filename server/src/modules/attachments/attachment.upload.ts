import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type AttachmentCategory,
  attachmentCategory,
  attachmentSizeIssue,
  judgeAttachmentContent,
  MAX_ATTACHMENT_BYTES,
  type PolicyIssue,
  SNIFF_BYTES,
} from '@ltci/shared';
import busboy from 'busboy';
import type { Request } from 'express';
import { BadUserInputError } from '../../common/errors.js';
import type { AttachmentStorage } from './attachment.storage.js';

/** What the form says before the file: the record it belongs to and its category. */
export type UploadFields = Record<string, string>;

export interface ReceivedFile<P> {
  id: string;
  /** The accepted upload in `.incoming/`, to be placed with its row or removed. */
  incomingPath: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  category: AttachmentCategory;
  prepared: P;
}

const MAX_NAME = 255;
const isControl = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

/**
 * Stream one multipart file to `.incoming/`, judging it on the way: the form's fields (which must
 * come before the file) are checked by `prepare` before a byte is written, the category's size
 * limit with every chunk, the type from the first bytes; the SHA-256 is computed as the bytes pass.
 * Any refusal, a client that goes away included, removes the partial file and rejects.
 */
export function receiveUpload<P>(
  req: Request,
  storage: AttachmentStorage,
  prepare: (fields: UploadFields) => Promise<P>,
): Promise<ReceivedFile<P>> {
  return new Promise<ReceivedFile<P>>((resolve, reject) => {
    const fields: UploadFields = { ...queryFields(req) };
    let incomingPath: string | null = null;
    let settled = false;
    let fileSeen = false;
    let received: Promise<ReceivedFile<P>> | null = null;
    const parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 20, fieldSize: 4096, parts: 25, fileSize: MAX_ATTACHMENT_BYTES + 1 },
    });
    let fileStream: (NodeJS.ReadableStream & { destroy(): void }) | null = null;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      // read and drop the rest of the body, so the client gets the answer instead of a reset
      req.resume();
      fileStream?.destroy();
      // remove the partial file only once its writer has stopped, so nothing recreates it
      void Promise.allSettled([received])
        .then(() => (incomingPath ? storage.remove(incomingPath) : undefined))
        .finally(() => reject(error));
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (_name, stream, info) => {
      if (fileSeen) {
        stream.resume();
        return fail(bad('file', 'ONE_FILE_ONLY', '一次只能上传一个文件'));
      }
      fileSeen = true;
      fileStream = stream;
      const id = randomUUID();
      received = (async () => {
        const fileName = cleanFileName(info.filename);
        const category = attachmentCategory(fields.category);
        if (!category) throw bad('category', 'UNKNOWN_CATEGORY', `未知的附件类别：${fields.category ?? ''}`);
        const prepared = await prepare(fields);
        await storage.prepareIncoming();
        if (settled) throw bad('file', 'UPLOAD_ABORTED', '上传未完成');
        incomingPath = storage.incomingPath(id);
        const check = new UploadCheck(category, fileName, info.mimeType);
        await pipeline(stream, check, createWriteStream(incomingPath, { flags: 'wx' }));
        const { contentType, sizeBytes, sha256 } = check.result();
        return { id, incomingPath, fileName, contentType, sizeBytes, sha256, category, prepared };
      })();
      received.catch((error) => {
        stream.resume();
        fail(error);
      });
    });
    parser.on('filesLimit', () => fail(bad('file', 'ONE_FILE_ONLY', '一次只能上传一个文件')));
    parser.on('error', (error) => fail(bad('file', 'MALFORMED_UPLOAD', `上传内容不完整或格式有误：${(error as Error).message}`)));
    parser.on('close', () => {
      if (!received) return fail(bad('file', 'FILE_REQUIRED', '请选择要上传的文件'));
      received.then(
        (file) => {
          if (settled) return void storage.remove(file.incomingPath);
          settled = true;
          resolve(file);
        },
        () => undefined,
      );
    });
    req.on('close', () => {
      if (!req.complete) fail(bad('file', 'UPLOAD_ABORTED', '上传未完成'));
    });
    try {
      req.pipe(parser);
    } catch (error) {
      fail(error);
    }
  }).catch((error: unknown) => {
    if (error instanceof Error && /boundary|content type/i.test(error.message))
      throw bad('file', 'MALFORMED_UPLOAD', '请以 multipart/form-data 上传文件');
    throw error;
  });
}

/** The size limit, the type from the content and the SHA-256, checked as the bytes pass. */
class UploadCheck extends Transform {
  private readonly hash = createHash('sha256');
  private readonly head: Buffer[] = [];
  private headBytes = 0;
  private size = 0;
  private contentType: string | null = null;

  constructor(
    private readonly category: AttachmentCategory,
    private readonly fileName: string,
    private readonly declaredType: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    const tooLarge = attachmentSizeIssue(this.category.id, this.size);
    if (tooLarge) {
      done(refusal(tooLarge));
      return;
    }
    this.hash.update(chunk);
    if (this.contentType === null && this.headBytes < SNIFF_BYTES) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes >= SNIFF_BYTES) {
        const error = this.judge(false);
        if (error) {
          done(error);
          return;
        }
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.contentType === null ? this.judge(true) : null);
  }

  private judge(complete: boolean): Error | null {
    const head = Buffer.concat(this.head).subarray(0, SNIFF_BYTES);
    const judged = judgeAttachmentContent({
      category: this.category.id,
      fileName: this.fileName,
      declaredType: this.declaredType,
      head: new Uint8Array(head.buffer, head.byteOffset, head.length),
      complete: complete && head.length === this.size,
    });
    if (!judged.ok) return refusal(judged.issues[0]);
    this.contentType = judged.value.contentType;
    this.head.length = 0;
    return null;
  }

  result(): { contentType: string; sizeBytes: number; sha256: string } {
    if (!this.contentType) throw new Error('upload not judged');
    return { contentType: this.contentType, sizeBytes: this.size, sha256: this.hash.digest('hex') };
  }
}

/** The file's name as the user sees it: no folder part, no control characters, at most 255 characters. */
function cleanFileName(name: string | undefined): string {
  const chars = [...((name ?? '').split(/[\\/]/).pop() ?? '')].filter((c) => !isControl(c));
  const base = chars.join('').trim();
  if (!base) throw bad('file', 'FILE_NAME_REQUIRED', '文件缺少文件名');
  return chars.length > MAX_NAME ? [...base].slice(-MAX_NAME).join('') : base;
}

function queryFields(req: Request): UploadFields {
  const out: UploadFields = {};
  for (const key of ['ownerType', 'ownerId', 'category']) if (typeof req.query[key] === 'string') out[key] = req.query[key] as string;
  return out;
}

function refusal(issue: PolicyIssue): BadUserInputError {
  return new BadUserInputError({ [issue.path]: issue.message }, issue.message, {
    reason: issue.code,
    issues: [{ code: issue.code, path: issue.path }],
  });
}

function bad(path: string, code: string, message: string): BadUserInputError {
  return refusal({ path, code, message });
}
