import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useRoute } from './Router';

/**
 * A view's heading. After a move between views, focus goes to it, so keyboard and screen-reader users land at
 * the top of the new view instead of on a link that is gone; on the view the panel opened on, focus is left
 * where the browser put it.
 */
export function ViewHeading({ children, id }: { children: ComponentChildren; id?: string }) {
  const { moves } = useRoute();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moves > 0) heading.current?.focus({ preventScroll: true });
  }, [moves]);
  return (
    <h2 ref={heading} id={id} tabIndex={-1} class="ll-view-title">
      {children}
    </h2>
  );
}
