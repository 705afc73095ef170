import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppUrl } from './static-files';

const root = path.resolve('/srv/cairn/renderer');

describe('app:// path resolution', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppUrl(root, 'app://cairn/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://cairn/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveAppUrl(root, 'app://cairn/')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://x/../../etc/passwd',
    'app://cairn/..%2f..%2fetc/passwd',
    'app://cairn/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://cairn/..%5c..%5cetc%5cpasswd',
    'app://cairn/assets\\..\\..\\etc\\passwd',
    'app://cairn/index.html%00.png',
    'app://cairn/%E0%A4%A',
    'app://cairn:8080/index.html',
    'app://evil@cairn/index.html',
    'file:///etc/passwd',
    'https://cairn/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppUrl(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the URL parser normalises', () => {
    for (const url of [
      'app://cairn/../../etc/passwd',
      'app://cairn/%2e%2e/%2e%2e/etc/passwd', 'app://cairn/a/../../../../etc/passwd', 'app://cairn//etc/passwd']) {
      const file = resolveAppUrl(root, url);
      expect(file === null || file.startsWith(root + path.sep)).toBe(true);
      expect(file).not.toBe('/etc/passwd');
    }
  });
});
