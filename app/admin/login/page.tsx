import type { Metadata } from "next";
import { LoginForm } from "@/components/admin/login-form";

export const metadata: Metadata = { title: "Sign in" };

export default function LoginPage() {
  return (
    <section>
      <h1>Sign in</h1>
      <p className="muted">
        For editors of Frontier Monitor. Accounts are created by an admin; there is no public sign-up.
      </p>
      <LoginForm />
    </section>
  );
}
