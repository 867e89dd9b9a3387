import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fixtures } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const MB = 1024 * 1024;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const MP4_HEAD = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypmp42', 'latin1'), 0, 0, 0, 0, ...Buffer.from('mp42isom', 'latin1')]);
const padded = (head: Buffer, size: number) => Buffer.concat([head, Buffer.alloc(size - head.length, 0)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let server: TestServer;
let storage: string;
let fx: Fixtures;
let inspector: string;
let admin: string;

beforeAll(async () => {
  storage = mkdtempSync(join(tmpdir(), 'ltci-attachments-'));
  server = await startTestServer({ attachmentsDir: storage });
  fx = new Fixtures(server.dataSource);
  [inspector, admin] = await Promise.all([server.login('inspector'), server.login('admin')]);
});
afterAll(async () => {
  await server?.stop();
  rmSync(storage, { recursive: true, force: true });
});

interface Upload {
  ownerType?: string;
  ownerId: string;
  category: string;
  name: string;
  body: Buffer;
  type?: string;
}

async function upload(u: Upload, token = inspector) {
  const form = new FormData();
  form.set('ownerType', u.ownerType ?? 'Institution');
  form.set('ownerId', u.ownerId);
  form.set('category', u.category);
  form.set('file', new Blob([u.body], { type: u.type ?? 'application/octet-stream' }), u.name);
  const res = await fetch(`${server.url}/api/attachments`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  // biome-ignore lint/suspicious/noExplicitAny: checked field by field below
  return { status: res.status, body: (await res.json()) as any };
}

const errorsOf = async (res: Response) => ((await res.json()) as { errors: { extensions: Record<string, string> }[] }).errors;
const download = (id: string, token = inspector) =>
  fetch(`${server.url}/api/attachments/${id}`, { headers: { authorization: `Bearer ${token}` } });
const count = async (sql: string, params: unknown[] = []) => (await server.dataSource.query(sql, params))[0].n as number;
const rows = () => count('SELECT count(*)::int AS n FROM attachments');
const audits = (operation: string, id?: string) =>
  count(
    `SELECT count(*)::int AS n FROM audit_logs WHERE entity_type = 'Attachment' AND operation = $1 AND ($2::text IS NULL OR entity_id = $2)`,
    [operation, id ?? null],
  );
/** Every file under the storage folder, partial uploads included. */
const storedFiles = () =>
  readdirSync(storage, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe('attachments: upload, download, delete over real HTTP and PostgreSQL', () => {
  it('Xinjiang art. 7(一): a licence PDF is stored outside the row with its SHA-256, and every download is audited', async () => {
    const institution = await fx.institution('qinhuangdao');
    const before = storedFiles().length;
    const { status, body } = await upload({ ownerId: institution, category: 'licence', name: '医疗机构执业许可证（正本）.pdf', body: PDF });
    expect(status).toBe(201);
    const a = body.attachment;
    expect(a).toMatchObject({
      ownerType: 'Institution',
      ownerId: institution,
      regionId: 'qinhuangdao',
      category: 'licence',
      fileName: '医疗机构执业许可证（正本）.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      uploadedByName: 'inspector',
    });
    expect(a.storageKey).toBeUndefined();
    const [row] = await server.dataSource.query('SELECT storage_key, sha256 FROM attachments WHERE id = $1', [a.id]);
    expect(readFileSync(join(storage, row.storage_key))).toEqual(PDF);
    expect(storedFiles().length).toBe(before + 1);
    expect(await audits('create', a.id)).toBe(1);

    for (let n = 1; n <= 2; n++) {
      const res = await download(a.id);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="${'_'.repeat(13)}.pdf"; filename*=UTF-8''${encodeURIComponent('医疗机构执业许可证（正本）.pdf')}`,
      );
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(sha256(bytes)).toBe(row.sha256);
      expect(await audits('download', a.id)).toBe(n);
    }

    const listed = await server.graphql(
      'query ($f: AttachmentFilter) { allAttachments(filter: $f, sortField: createdAt, sortOrder: DESC) { id fileName sizeBytes } _allAttachmentsMeta(filter: $f) { count } }',
      { f: { ownerType: 'Institution', ownerId: institution } },
      inspector,
    );
    expect(listed.data).toEqual({
      allAttachments: [{ id: a.id, fileName: a.fileName, sizeBytes: PDF.length }],
      _allAttachmentsMeta: { count: 1 },
    });
  });

  it('Qinhuangdao art. 19: the limit is per category, enforced while streaming — a 21 MB video passes, a 21 MB photo is refused and nothing kept', async () => {
    const institution = await fx.institution('qinhuangdao');
    const video = await upload({ ownerId: institution, category: 'video', name: '上门评估录像.mp4', body: padded(MP4_HEAD, 21 * MB) });
    expect(video.status).toBe(201);
    expect(video.body.attachment).toMatchObject({ contentType: 'video/mp4', sizeBytes: 21 * MB });

    const [rowsBefore, filesBefore, auditsBefore] = [await rows(), storedFiles().length, await audits('create')];
    const photo = await upload({ ownerId: institution, category: 'photo', name: '现场照片.png', body: padded(PNG_HEAD, 21 * MB) });
    expect(photo.status).toBe(400);
    expect(photo.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' });
    expect(photo.body.errors[0].extensions.fields.file).toContain('20 MB');
    expect(await rows()).toBe(rowsBefore);
    expect(await audits('create')).toBe(auditsBefore);
    expect(storedFiles().length).toBe(filesBefore);
  });

  it.each<[string, string, string, Buffer, string, string?]>([
    ['a PNG named .pdf', 'licence', '营业执照.pdf', PNG_HEAD, 'CONTENT_TYPE_MISMATCH'],
    ['a PNG declared as a PDF', 'licence', '营业执照', PNG_HEAD, 'CONTENT_TYPE_MISMATCH', 'application/pdf'],
    ['an executable named .pdf', 'licence', '营业执照.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'UNRECOGNIZED_CONTENT'],
    ['a video as a photo', 'photo', '照片.mp4', MP4_HEAD, 'TYPE_NOT_ALLOWED'],
    ['an empty file', 'licence', '空.pdf', Buffer.alloc(0), 'EMPTY_FILE'],
    ['an unknown category', 'selfie', '照片.png', PNG_HEAD, 'UNKNOWN_CATEGORY'],
  ])(
    'Product rule: the type is judged from the content — %s is refused (%s), nothing stored',
    async (_what, category, name, body, reason, type) => {
      const institution = await fx.institution('qinhuangdao');
      const [rowsBefore, filesBefore] = [await rows(), storedFiles().length];
      const res = await upload({ ownerId: institution, category, name, body, type });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(await rows()).toBe(rowsBefore);
      expect(storedFiles().length).toBe(filesBefore);
    },
  );

  it('Qinhuangdao art. 60–61: an upload to another region’s record answers NOT_FOUND and stores nothing (no row, no file, no audit)', async () => {
    const tumxuk = await fx.institution('tumxuk');
    const [rowsBefore, filesBefore, auditsBefore] = [await rows(), storedFiles().length, await audits('create')];
    const res = await upload({ ownerId: tumxuk, category: 'licence', name: '执业许可证.pdf', body: PDF });
    expect(res.status).toBe(404);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const unknownOwner = await upload({ ownerType: 'User', ownerId: tumxuk, category: 'licence', name: 'a.pdf', body: PDF });
    expect(unknownOwner.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_OWNER_TYPE' });
    expect([await rows(), storedFiles().length, await audits('create')]).toEqual([rowsBefore, filesBefore, auditsBefore]);
  });

  it('Qinhuangdao art. 60–61: another region’s attachment is NOT_FOUND to download, not audited, and absent from lists', async () => {
    const tumxuk = await fx.institution('tumxuk');
    const { body } = await upload({ ownerId: tumxuk, category: 'licence', name: '图木舒克执业许可证.pdf', body: PDF }, admin);
    const id = body.attachment.id;
    const res = await download(id);
    expect(res.status).toBe(404);
    expect((await errorsOf(res))[0].extensions.code).toBe('NOT_FOUND');
    expect(await audits('download', id)).toBe(0);
    const listed = await server.graphql(
      'query ($f: AttachmentFilter) { allAttachments(filter: $f) { id } }',
      { f: { ownerId: tumxuk } },
      inspector,
    );
    expect(listed.data?.allAttachments).toEqual([]);
    expect((await download(id, admin)).status).toBe(200);
    expect((await fetch(`${server.url}/api/attachments/${id}`)).status).toBe(401);
    expect((await download('not-an-id')).status).toBe(404);
  });

  it('Product rule: a refused or broken upload leaves no partial file — the client going away mid-file included', async () => {
    const institution = await fx.institution('qinhuangdao');
    const [rowsBefore, filesBefore] = [await rows(), storedFiles().length];
    const boundary = '----ltci-abort';
    const head = [
      ['ownerType', 'Institution'],
      ['ownerId', institution],
      ['category', 'video'],
    ]
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('');
    const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="v.mp4"\r\nContent-Type: video/mp4\r\n\r\n`;
    const req = request(`${server.url}/api/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${inspector}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': 50 * MB,
      },
    });
    req.on('error', () => undefined);
    req.write(head + fileHead);
    req.write(padded(MP4_HEAD, 2 * MB));
    // the partial file exists while the upload streams…
    await expect.poll(() => readdirSync(join(storage, '.incoming')).length, { timeout: 5000 }).toBe(1);
    req.destroy();
    // …and is gone once the client has gone
    await expect.poll(() => readdirSync(join(storage, '.incoming')).length, { timeout: 5000 }).toBe(0);
    expect([await rows(), storedFiles().length]).toEqual([rowsBefore, filesBefore]);

    const notMultipart = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      body: PDF,
      headers: { authorization: `Bearer ${inspector}`, 'content-type': 'application/pdf' },
    });
    expect(notMultipart.status).toBe(400);
    expect((await errorsOf(notMultipart))[0].extensions.reason).toBe('MALFORMED_UPLOAD');
    const noFile = new FormData();
    noFile.set('ownerType', 'Institution');
    noFile.set('ownerId', institution);
    noFile.set('category', 'licence');
    const missing = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      body: noFile,
      headers: { authorization: `Bearer ${inspector}` },
    });
    expect((await errorsOf(missing))[0].extensions.reason).toBe('FILE_REQUIRED');
    expect([await rows(), storedFiles().length]).toEqual([rowsBefore, filesBefore]);
  });

  it('Product rule: uploading needs the right — TPA staff are FORBIDDEN, no token is UNAUTHENTICATED', async () => {
    const institution = await fx.institution('tumxuk');
    const tpa = await upload({ ownerId: institution, category: 'licence', name: 'a.pdf', body: PDF }, await server.login('tpa_staff'));
    expect([tpa.status, tpa.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await upload({ ownerId: institution, category: 'licence', name: 'a.pdf', body: PDF }, '');
    expect([anonymous.status, anonymous.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('Xinjiang art. 17: a deleted attachment is hidden from lists and downloads, kept on disk, and the deletion audited', async () => {
    const institution = await fx.institution('qinhuangdao');
    const { body } = await upload({ ownerId: institution, category: 'agreement', name: '服务协议.pdf', body: PDF });
    const id = body.attachment.id;
    const deleted = await server.graphql('mutation ($id: ID!) { deleteAttachment(id: $id) { id } }', { id }, inspector);
    expect(deleted.errors).toBeUndefined();
    expect(await audits('delete', id)).toBe(1);
    expect((await download(id)).status).toBe(404);
    const again = await server.graphql('mutation ($id: ID!) { deleteAttachment(id: $id) { id } }', { id }, inspector);
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const listed = await server.graphql(
      'query ($f: AttachmentFilter) { _allAttachmentsMeta(filter: $f) { count } }',
      { f: { ownerId: institution } },
      inspector,
    );
    expect(listed.data?._allAttachmentsMeta.count).toBe(0);
    const [row] = await server.dataSource.query('SELECT storage_key, deleted_by FROM attachments WHERE id = $1', [id]);
    expect(row.deleted_by).toBeTruthy();
    expect(readFileSync(join(storage, row.storage_key))).toEqual(PDF);
  });
});
