// An unknown embed (a scope or a view that does not exist): a real 404, inside the embed's frame.
export default function EmbedNotFound() {
  return (
    <article className="embed">
      <h1>Not found</h1>
      <p>
        There is no figure at this address.{" "}
        <a href="/" target="_blank" rel="noopener">
          Frontier Monitor
        </a>
      </p>
    </article>
  );
}
