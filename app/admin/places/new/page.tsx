import type { Metadata } from "next";
import { Suspense } from "react";
import { PlaceForm } from "@/components/admin/forms/record-forms";
import { PageSkeleton } from "@/components/page-skeleton";
import { getRecordFormOptions } from "@/lib/admin/form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { savePlaceAction } from "../actions";

export const metadata: Metadata = { title: "New place" };

async function NewPlace() {
  const viewer = await requirePageViewer("EDITOR");
  const o = await getRecordFormOptions(getDb(), viewer);
  const opts = { parents: [...o.districts, ...o.provinces] };
  return <PlaceForm action={savePlaceAction} record={null} {...opts} />;
}

export default function NewPlacePage() {
  return (
    <section>
      <h1>New place</h1>
      <Suspense fallback={<PageSkeleton label="Loading the form" />}>
        <NewPlace />
      </Suspense>
    </section>
  );
}
