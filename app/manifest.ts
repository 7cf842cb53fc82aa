import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): the name a phone shows under the installed icon,
// in Kazakh, the service's default language.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Қабылдау — 1-сыныпқа қабылдау",
    short_name: "Қабылдау",
    description: "1-сыныпқа құжаттарды қабылдау — онлайн, тегін, тәулік бойы",
    lang: "kk",
    start_url: "/",
    scope: "/",
    display: "browser",
    theme_color: "#00AFCA",
    background_color: "#FFFFFF",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
