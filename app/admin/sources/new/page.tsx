import type { Metadata } from "next";
import { Suspense } from "react";
import { SourceForm } from "@/components/admin/forms/record-forms";
import { PageSkeleton } from "@/components/page-skeleton";
import { SourceKind } from "@/lib/db/generated/enums";
import { enumOptions } from "@/lib/admin/form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { saveSourceAction } from "../actions";

export const metadata: Metadata = { title: "New source" };

async function NewSource() {
  await requirePageViewer("EDITOR");
  const opts = { kinds: enumOptions(SourceKind) };
  return <SourceForm action={saveSourceAction} record={null} {...opts} />;
}

export default function NewSourcePage() {
  return (
    <section>
      <h1>New source</h1>
      <Suspense fallback={<PageSkeleton label="Loading the form" />}>
        <NewSource />
      </Suspense>
    </section>
  );
}
