import type { Metadata } from "next";
import { Suspense } from "react";
import { ActorForm } from "@/components/admin/forms/record-forms";
import { PageSkeleton } from "@/components/page-skeleton";
import { ActorKind, ActorSide } from "@/lib/db/generated/enums";
import { enumOptions, getRecordFormOptions } from "@/lib/admin/form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { saveActorAction } from "../actions";

export const metadata: Metadata = { title: "New actor" };

async function NewActor() {
  const viewer = await requirePageViewer("EDITOR");
  const o = await getRecordFormOptions(getDb(), viewer);
  const opts = { kinds: enumOptions(ActorKind), sides: enumOptions(ActorSide), actors: o.actors };
  return <ActorForm action={saveActorAction} record={null} {...opts} />;
}

export default function NewActorPage() {
  return (
    <section>
      <h1>New actor</h1>
      <Suspense fallback={<PageSkeleton label="Loading the form" />}>
        <NewActor />
      </Suspense>
    </section>
  );
}
