import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { FormMessage } from "@/components/admin/form-fields";
import { SourceForm } from "@/components/admin/forms/record-forms";
import { PageSkeleton } from "@/components/page-skeleton";
import { getRecordForEdit } from "@/lib/admin/reference-queries";
import { SourceKind } from "@/lib/db/generated/enums";
import { enumOptions } from "@/lib/admin/form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { saveSourceAction } from "../actions";

export const metadata: Metadata = { title: "Edit source" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function EditSource({ params, searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { id } = await params;
  const saved = (await searchParams).saved === "1";
  const record = await getRecordForEdit(getDb(), viewer, "Source", id);
  if (!record) notFound();
  const opts = { kinds: enumOptions(SourceKind) };
  return (
    <>
      <h1>{String(record.name ?? record.title)}</h1>
      <FormMessage state={{ done: saved ? "Saved." : undefined }} />
      <p>
        version {record.version} · <Link href={`/admin/sources/${id}/history`}>history</Link>
      </p>
      <SourceForm key={record.version} action={saveSourceAction} record={record} {...opts} />
    </>
  );
}

export default function EditSourcePage(props: Props) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the source" />}>
        <EditSource {...props} />
      </Suspense>
    </section>
  );
}
