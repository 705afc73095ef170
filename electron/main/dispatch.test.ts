import { describe, expect, it, vi } from 'vitest';
import { dispatch, ServiceError, type Services } from './dispatch';

const status = { state: 'none', unlockedAt: null, retryAfterMs: 0 } as const;

// Only the channels these tests call; dispatch never touches the others.
function fakeServices(overrides: Partial<Services> = {}) {
  return {
    'app.info': vi.fn(() => ({ name: 'Cairn', version: '1.0.0', dataLocation: '/tmp/x' })),
    'vault.status': vi.fn(() => status),
    ...overrides,
  } as unknown as Services & Record<'vault.status', ReturnType<typeof vi.fn>>;
}

describe('dispatch', () => {
  it('answers a valid request with the service value', async () => {
    const services = fakeServices();
    const result = await dispatch('vault.status', {}, services);
    expect(result).toEqual({ ok: true, value: status });
    expect(services['vault.status']).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an unexpected key', { surprise: 1 }],
    ['a string', 'hello'],
    ['null', null],
    ['an array', []],
  ])('refuses %s with a readable message and never calls the service', async (_label, request) => {
    const services = fakeServices();
    const result = await dispatch('vault.status', request, services);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_request');
    expect(result.error.message).toMatch(/^Invalid vault\.status request: .+/);
    expect(services['vault.status']).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel, including inherited object keys', async () => {
    for (const channel of ['vault.delete', '__proto__', 'toString', 'constructor']) {
      const result = await dispatch(channel, {}, fakeServices());
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
  });

  it('passes a ServiceError through as it is', async () => {
    const services = fakeServices({
      'vault.status': () => {
        throw new ServiceError('not_found', 'No vault here.');
      },
    });
    expect(await dispatch('vault.status', {}, services)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No vault here.' },
    });
  });

  it('turns an unexpected exception into a readable internal error without leaking it', async () => {
    const services = fakeServices({
      'vault.status': () => {
        throw new Error('EACCES /secret/path');
      },
    });
    const result = await dispatch('vault.status', {}, services);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
  });

  it('refuses to return an answer that breaks the response schema', async () => {
    const services = fakeServices({
      'vault.status': () => ({ state: 'open-ish' }) as never,
    });
    expect(await dispatch('vault.status', {}, services)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
