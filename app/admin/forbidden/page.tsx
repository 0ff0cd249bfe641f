import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <section>
      <h1>Not allowed (403)</h1>
      <p>Your role does not allow this page. Ask an admin if you need access.</p>
      <p>
        <Link href="/admin">Back to the admin overview</Link>
      </p>
    </section>
  );
}
