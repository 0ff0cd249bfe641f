"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <h1>This page could not be loaded</h1>
      <p>Something went wrong while reading the record. Nothing was changed.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
