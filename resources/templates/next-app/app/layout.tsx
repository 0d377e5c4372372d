import type { Metadata } from "next";
import "./globals.css";
import "./theme.css";
import Nav from "@/components/Nav";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Nav />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            © {new Date().getFullYear()} {site.name}
          </p>
        </footer>
      </body>
    </html>
  );
}
