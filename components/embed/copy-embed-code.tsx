"use client";
// The embed code's copy button. Shown only where the page's script runs and the browser offers
// the clipboard (a secure context); elsewhere the code stays selectable text in its <pre>.
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const clipboardAvailable = () => typeof navigator !== "undefined" && navigator.clipboard !== undefined;

export function CopyEmbedCode({ code, title }: { code: string; title: string }) {
  const available = useSyncExternalStore(noSubscription, clipboardAvailable, () => false);
  const [message, setMessage] = useState("");
  if (!available) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setMessage("Copied.");
    } catch {
      setMessage("The browser did not allow copying: select the code and copy it.");
    }
  }
  return (
    <p className="embed-copy">
      <button type="button" onClick={copy} aria-label={`Copy code: the embed of ${title}`}>
        Copy code
      </button>{" "}
      <span role="status">{message}</span>
    </p>
  );
}
