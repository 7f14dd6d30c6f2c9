import { defineConfig } from "vite";

// Relative asset paths let the gateway serve the build at `/` (or anywhere) as plain static files.
export default defineConfig({
    base: "./",
    build: {
        outDir: "dist",
        assetsDir: "assets",
        emptyOutDir: true,
        chunkSizeWarningLimit: 1200,
    },
    server: {
        port: 5173,
        proxy: {
            "/api": "http://localhost:8080",
        },
    },
});
