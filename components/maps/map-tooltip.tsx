"use client";

import { useEffect, useRef, useState } from "react";

/** A styled label that follows hover and keyboard focus over the map's units. The information is
 *  already in each unit's <title> and aria-label; this only makes it quicker to read. */
export function MapTooltip({ mapId }: { mapId: string }) {
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = ref.current?.parentElement;
    if (!frame) return;
    const show = (e: Event) => {
      const el = (e.target as Element).closest("[data-label]") ?? (e.target as Element).querySelector?.("[data-label]");
      if (!el) return setTip(null);
      const box = frame.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      setTip({ text: el.getAttribute("data-label") ?? "", x: r.left + r.width / 2 - box.left, y: r.top - box.top });
    };
    const hide = () => setTip(null);
    frame.addEventListener("mouseover", show);
    frame.addEventListener("focusin", show);
    frame.addEventListener("mouseleave", hide);
    frame.addEventListener("focusout", hide);
    return () => {
      frame.removeEventListener("mouseover", show);
      frame.removeEventListener("focusin", show);
      frame.removeEventListener("mouseleave", hide);
      frame.removeEventListener("focusout", hide);
    };
  }, [mapId]);
  return (
    <div ref={ref} className="map-tooltip" aria-hidden="true" hidden={!tip} style={tip ? { left: tip.x, top: tip.y } : undefined}>
      {tip?.text}
    </div>
  );
}
