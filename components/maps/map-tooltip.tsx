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
    const show = (event: Event) => {
      const target = event.target as Element;
      const unit = target.closest("[data-label]") ?? target.querySelector?.("[data-label]");
      if (!unit) return setTip(null);
      const frameBox = frame.getBoundingClientRect();
      const unitBox = unit.getBoundingClientRect();
      setTip({
        text: unit.getAttribute("data-label") ?? "",
        x: unitBox.left + unitBox.width / 2 - frameBox.left,
        y: unitBox.top - frameBox.top,
      });
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
    <div
      ref={ref}
      className="map-tooltip"
      aria-hidden="true"
      hidden={!tip}
      style={tip ? { left: tip.x, top: tip.y } : undefined}
    >
      {tip?.text}
    </div>
  );
}
