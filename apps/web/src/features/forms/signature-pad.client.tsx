"use client";

import { useRef, type PointerEvent } from "react";

import { Button } from "@carryover/ui";

/**
 * An optional drawn signature: a finger, a pen or a mouse on a canvas (pointer events). The typed
 * name is the signature; a keyboard user simply does not draw.
 */
export function SignaturePad({ onChange }: { onChange: (png: string | undefined) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  const pointAt = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = event.currentTarget.width / box.width;
    return { x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale };
  };
  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext("2d");
    if (!context) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = pointAt(event);
    context.lineWidth = 3;
    context.lineCap = "round";
    context.strokeStyle = "#1c1917";
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext("2d");
    const { x, y } = pointAt(event);
    context?.lineTo(x, y);
    context?.stroke();
  };
  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(event.currentTarget.toDataURL("image/png"));
  };
  const clear = () => {
    const element = canvas.current;
    element?.getContext("2d")?.clearRect(0, 0, element.width, element.height);
    onChange(undefined);
  };

  return (
    <div className="flex flex-col gap-2">
      <p id="drawn-signature-label" className="font-medium text-stone-900">
        Draw your signature <span className="font-normal text-stone-600">(optional)</span>
      </p>
      <canvas
        ref={canvas}
        width={600}
        height={180}
        role="img"
        aria-labelledby="drawn-signature-label"
        className="h-36 w-full touch-none rounded-lg border border-dashed border-stone-500 bg-white"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <div>
        <Button type="button" variant="secondary" size="sm" onClick={clear}>
          Clear the drawing
        </Button>
      </div>
    </div>
  );
}
