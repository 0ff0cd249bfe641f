import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { CountForm } from "@/components/admin/forms/count-form";
import { PublishForm } from "@/components/admin/forms/publish-form";
import { SavedMessage } from "@/components/admin/saved-message";
import { PageSkeleton } from "@/components/page-skeleton";
import { getCountFormOptions } from "@/lib/admin/count-form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getPeriodCountForEdit } from "@/lib/counts/count-admin-queries";
import { getDb } from "@/lib/db";
import { publishCountAction, saveCountAction } from "../actions";

export const metadata: Metadata = { title: "Edit count" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function EditCount({ params, searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { id } = await params;
  const saved = (await searchParams).saved;
  const db = getDb();
  const count = await getPeriodCountForEdit(db, viewer, id);
  if (!count) notFound();
  const options = await getCountFormOptions(db, viewer);
  const { revisedById, ...fields } = count;
  return (
    <>
      <h1>Period count</h1>
      <SavedMessage saved={saved} what="count" />
      <p>
        {count.published ? "Published" : <span className="badge">draft</span>} · version {count.version}
        {count.revisesId ? (
          <>
            {" "}
            · <Link href={`/admin/counts/${count.revisesId}`}>the count it revises</Link>
          </>
        ) : null}
        {" · "}
        <Link href={`/admin/counts/${id}/history`}>history</Link>
        {" · "}
        {revisedById ? (
          <Link href={`/admin/counts/${revisedById}`}>Revised: the later figure</Link>
        ) : (
          <Link href={`/admin/counts/new?revises=${id}`}>Revise this figure (new count)</Link>
        )}
      </p>
      <PublishForm
        key={`p${count.version}`}
        action={publishCountAction}
        id={id}
        version={count.version}
        published={count.published}
        what="count"
      />
      <h2>Edit</h2>
      <p className="muted">
        Use “Revise this figure” when the counter restated its figure; edit here only to fix an entry mistake.
      </p>
      <CountForm key={`f${count.version}`} action={saveCountAction} count={fields} options={options} />
    </>
  );
}

export default function EditCountPage(props: Props) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the count" />}>
        <EditCount {...props} />
      </Suspense>
    </section>
  );
}
