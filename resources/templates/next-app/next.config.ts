import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The preview runs on 127.0.0.1 inside Avery NXR.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  experimental: {
    // Turbopack keeps its compile results in .next/dev/cache (the default in Next 16.4, set
    // here so it stays on): a preview restarted after a crash serves pages without compiling
    // them again.
    turbopackFileSystemCacheForDev: true,
  },
};

export default nextConfig;
