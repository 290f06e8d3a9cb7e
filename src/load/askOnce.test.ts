import { describe, expect, it, vi } from 'vitest';
import { askOnce } from './askOnce';

describe('askOnce', () => {
  it('does not load until asked', () => {
    const load = vi.fn(() => Promise.resolve(1));
    askOnce(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('shares one load between every asker, during and after it', async () => {
    const load = vi.fn(() => Promise.resolve('part'));
    const ask = askOnce(load);
    const [a, b] = [ask(), ask()];
    expect(await a).toBe('part');
    expect(await b).toBe('part');
    expect(await ask()).toBe('part');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('gives the answer at once after it has come, and nothing before', async () => {
    const ask = askOnce(() => Promise.resolve(42));
    expect(ask.now()).toBeUndefined();
    const asked = ask();
    expect(ask.now()).toBeUndefined();
    await asked;
    expect(ask.now()).toBe(42);
  });

  it('forgets a failure, so the next ask loads again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('dropped')).mockResolvedValueOnce('second time');
    const ask = askOnce<string>(load);
    await expect(ask()).rejects.toThrow('dropped');
    expect(ask.now()).toBeUndefined();
    expect(await ask()).toBe('second time');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('hands every asker of a failed load the same failure', async () => {
    const ask = askOnce(() => Promise.reject(new Error('404')));
    const [a, b] = [ask(), ask()];
    await expect(a).rejects.toThrow('404');
    await expect(b).rejects.toThrow('404');
  });
});
