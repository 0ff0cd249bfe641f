"use client";
import { Fragment, useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import type { AdminFeedSource } from "@/lib/feeds/feed-admin-queries";
import { Checkbox, FormProblem, TextField, errorsOf, fieldsKey } from "../form-fields";

/** One feed source's settings. The hidden `loaded.*` fields are what the admin saw (concurrency). */
export function FeedSourceForm({ source, action }: { source: AdminFeedSource; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  const sentOr = (name: string, loaded: string) =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : loaded;
  const idPrefix = `${source.slug}.`;
  const errorsFor = (name: string) => errorsOf(state, name);
  return (
    <form action={formAction} className="form-stack wide" aria-label={`Settings of ${source.name}`} noValidate>
      <FormProblem state={state} />
      {state.done ? (
        <p role="status" className="form-ok">
          {state.done}
        </p>
      ) : null}
      <Fragment key={fieldsKey(state)}>
        <input type="hidden" name="id" value={source.id} />
        <input type="hidden" name="loaded.url" value={source.url} />
        <input type="hidden" name="loaded.credentialEnv" value={source.credentialEnv ?? ""} />
        <input type="hidden" name="loaded.enabled" value={String(source.enabled)} />
        <TextField
          idPrefix={idPrefix}
          name="url"
          label="Feed URL"
          type="url"
          defaultValue={sentOr("url", source.url)}
          errors={errorsFor("url")}
        />
        <TextField
          idPrefix={idPrefix}
          name="credentialEnv"
          label="Credential variable (name only)"
          hint={
            source.credentialEnv
              ? source.credentialSet
                ? `${source.credentialEnv} is set on this server.`
                : `${source.credentialEnv} is NOT set on this server: the source is skipped.`
              : "Leave empty when the source needs no credential."
          }
          defaultValue={sentOr("credentialEnv", source.credentialEnv ?? "")}
          errors={errorsFor("credentialEnv")}
        />
        <Checkbox
          idPrefix={idPrefix}
          name="enabled"
          label="Enabled (included in every refresh run)"
          defaultChecked={state.values ? state.values.enabled === "on" : source.enabled}
        />
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : `Save ${source.name}`}
          </button>
        </div>
      </Fragment>
    </form>
  );
}
