import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs, so the build works from any folder a newsroom serves it from.
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    // Times inside are UTC; pinning the zone proves no test leans on the machine's.
    env: { TZ: 'Asia/Tokyo' },
  },
});
