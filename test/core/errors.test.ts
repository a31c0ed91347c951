import { expect } from '@open-wc/testing';
import { ErrorKind, LocalMediaError, toLocalMediaError } from '../../components/core/index.js';
import { KINDS_BY_EXCEPTION } from '../support/media.js';

describe('toLocalMediaError', () => {
  for (const [name, kind] of KINDS_BY_EXCEPTION) {
    it(`maps ${name} to "${kind}" and keeps it as cause`, () => {
      const cause = new DOMException('from the browser', name);
      const error = toLocalMediaError(cause);
      expect(error).to.be.instanceOf(LocalMediaError).and.instanceOf(Error);
      expect(error.kind).to.equal(kind);
      expect(error.cause).to.equal(cause);
    });
  }

  it('names the constraint of an OverconstrainedError', () => {
    const error = toLocalMediaError(Object.assign(new Error('x'), { name: 'OverconstrainedError', constraint: 'width' }));
    expect(error.kind).to.equal(ErrorKind.Overconstrained);
    expect(error.constraint).to.equal('width');
  });

  it('keeps the message of an unknown failure', () => {
    expect(toLocalMediaError(new Error('the driver crashed')).message).to.equal('the driver crashed');
    expect(toLocalMediaError('a string').kind).to.equal(ErrorKind.Unknown);
  });

  it('passes a LocalMediaError through unchanged', () => {
    const error = new LocalMediaError(ErrorKind.Aborted, 'x');
    expect(toLocalMediaError(error)).to.equal(error);
  });
});
