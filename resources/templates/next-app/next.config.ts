import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The preview runs on 127.0.0.1 inside Avery NXR.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
};

export default nextConfig;
