import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { FormMessage } from "@/components/admin/form-fields";
import { PlaceForm } from "@/components/admin/forms/record-forms";
import { PageSkeleton } from "@/components/page-skeleton";
import { getRecordForEdit } from "@/lib/admin/reference-queries";
import { getRecordFormOptions } from "@/lib/admin/form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { savePlaceAction } from "../actions";

export const metadata: Metadata = { title: "Edit place" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function EditPlace({ params, searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { id } = await params;
  const saved = (await searchParams).saved === "1";
  const record = await getRecordForEdit(getDb(), viewer, "Place", id);
  if (!record) notFound();
  const o = await getRecordFormOptions(getDb(), viewer);
  const opts = { parents: [...o.districts, ...o.provinces] };
  return (
    <>
      <h1>{String(record.name ?? record.title)}</h1>
      <FormMessage state={{ done: saved ? "Saved." : undefined }} />
      <p>
        version {record.version} · <Link href={`/admin/places/${id}/history`}>history</Link>
      </p>
      <PlaceForm key={record.version} action={savePlaceAction} record={record} {...opts} />
    </>
  );
}

export default function EditPlacePage(props: Props) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the place" />}>
        <EditPlace {...props} />
      </Suspense>
    </section>
  );
}
