import { describe, expect, it } from 'vitest';
import { renderSystemError, RESOURCE_LIMIT_CODES } from '../../src/surfaces/system-error.js';

const errno = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(`${code}: boom`), { code, ...extra });

describe('renderSystemError', () => {
  it.each([
    [errno('EMFILE', { syscall: 'open', path: '/r/evals/cases/a.yaml' }), /^resource limit reached: too many open files for this process \[EMFILE\] \(open \/r\/evals\/cases\/a\.yaml\); raise the open-file limit/],
    [errno('ENFILE', { syscall: 'open' }), /too many open files on this machine \[ENFILE\] \(open\)/],
    [errno('EAGAIN', { syscall: 'spawn' }), /refused to start another process .*\[EAGAIN\] \(spawn\); lower `concurrency`/],
    [errno('ENOSPC', { syscall: 'write', path: '/r/.evalgate/x' }), /no space left on the device \[ENOSPC\] \(write \/r\/\.evalgate\/x\); free disk space/],
    [errno('ENOMEM'), /out of memory \[ENOMEM\]; lower/],
    [errno('E2BIG', { syscall: 'spawn sh' }), /too long for a new process \[E2BIG\] \(spawn sh\); shorten `harness.command`/],
    [new RangeError('Invalid string length'), /larger than Node\.js can hold in one string .*\[ERR_STRING_TOO_LONG\]; split the suite into shards/],
  ])('words %s as an actionable limit', (err, expected) => {
    expect(renderSystemError(err)).toMatch(expected);
  });

  it.each([[new Error('plain')], [errno('ENOENT', { path: '/x' })], [new RangeError('concurrency must be >= 1')], ['EMFILE'], [null], [undefined], [{ code: 42 }]])(
    'leaves %s alone (not a resource limit)',
    (err) => {
      expect(renderSystemError(err)).toBeNull();
    },
  );

  it('words every code it claims to know', () => {
    for (const code of RESOURCE_LIMIT_CODES) expect(renderSystemError(errno(code))).toMatch(new RegExp(`\\[${code}\\]`));
  });
});
