import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { attachmentSizeIssue, judgeAttachmentContent } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('attachments README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Xinjiang art. 7(一): README judgeAttachmentContent example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const ok = judgeAttachmentContent({ category: 'licence', fileName: '执业许可证.png', head: png, complete: true });
    if (ok.ok) console.log(ok.value.contentType);
    const renamed = judgeAttachmentContent({ category: 'licence', fileName: '执业许可证.pdf', head: png, complete: true });
    if (!renamed.ok) console.log(renamed.issues[0].code);
    console.log(attachmentSizeIssue('photo', 21 * 1024 * 1024)?.code, attachmentSizeIssue('video', 300 * 1024 * 1024));
    expect(printed()).toEqual(['image/png', 'CONTENT_TYPE_MISMATCH', 'TOO_LARGE null']);
  });
});
