import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { FormMessage } from "@/components/admin/form-fields";
import { ActorForm } from "@/components/admin/forms/record-forms";
import { PageSkeleton } from "@/components/page-skeleton";
import { getRecordForEdit } from "@/lib/admin/reference-queries";
import { ActorKind, ActorSide } from "@/lib/db/generated/enums";
import { enumOptions, getRecordFormOptions } from "@/lib/admin/form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { saveActorAction } from "../actions";

export const metadata: Metadata = { title: "Edit actor" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function EditActor({ params, searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { id } = await params;
  const saved = (await searchParams).saved === "1";
  const record = await getRecordForEdit(getDb(), viewer, "Actor", id);
  if (!record) notFound();
  const o = await getRecordFormOptions(getDb(), viewer);
  const opts = { kinds: enumOptions(ActorKind), sides: enumOptions(ActorSide), actors: o.actors };
  return (
    <>
      <h1>{String(record.name ?? record.title)}</h1>
      <FormMessage state={{ done: saved ? "Saved." : undefined }} />
      <p>
        version {record.version} · <Link href={`/admin/actors/${id}/history`}>history</Link>
      </p>
      <ActorForm key={record.version} action={saveActorAction} record={record} {...opts} />
    </>
  );
}

export default function EditActorPage(props: Props) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the actor" />}>
        <EditActor {...props} />
      </Suspense>
    </section>
  );
}
