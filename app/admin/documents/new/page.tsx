import type { Metadata } from "next";
import { Suspense } from "react";
import { DocumentForm } from "@/components/admin/forms/record-forms";
import { PageSkeleton } from "@/components/page-skeleton";
import { DatePrecision } from "@/lib/db/generated/enums";
import { enumOptions, getRecordFormOptions } from "@/lib/admin/form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { saveDocumentAction } from "../actions";

export const metadata: Metadata = { title: "New document" };

async function NewDocument() {
  const viewer = await requirePageViewer("EDITOR");
  const o = await getRecordFormOptions(getDb(), viewer);
  const opts = { sources: o.sources, precisions: enumOptions(DatePrecision) };
  return <DocumentForm action={saveDocumentAction} record={null} {...opts} />;
}

export default function NewDocumentPage() {
  return (
    <section>
      <h1>New document</h1>
      <Suspense fallback={<PageSkeleton label="Loading the form" />}>
        <NewDocument />
      </Suspense>
    </section>
  );
}
