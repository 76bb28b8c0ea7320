// Library | reader | side pane, resizable (react-resizable-panels) with minimum sizes that
// keep the reader readable at 800×600, the side panes collapsible by dragging or by
// command, and the layout remembered between sessions (a collapse by command is the user's
// choice too, so every change is saved, not only drags).

import { forwardRef, useImperativeHandle, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';

export interface PanesHandle {
  toggle(pane: 'library' | 'annotations'): void;
}

interface Props {
  library: ReactNode;
  reader: ReactNode;
  side: ReactNode;
}

export const Panes = forwardRef<PanesHandle, Props>(function Panes({ library, reader, side }, ref) {
  const libraryPanel = usePanelRef();
  const sidePanel = usePanelRef();
  const layout = useDefaultLayout({ id: 'sourcemark-panes', storage: localStorage, onlySaveAfterUserInteractions: false });
  useImperativeHandle(ref, () => ({
    toggle(pane) {
      const p = (pane === 'library' ? libraryPanel : sidePanel).current;
      if (!p) return;
      if (p.isCollapsed()) p.expand();
      else p.collapse();
    },
  }));
  return (
    <Group id="sourcemark-panes" orientation="horizontal" className="panes" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
      <Panel id="library" panelRef={libraryPanel} defaultSize="22%" minSize="180px" maxSize="40%" collapsible collapsedSize="0px" className="pane pane-library">
        {library}
      </Panel>
      <Separator className="pane-handle" aria-label="Resize the library" />
      <Panel id="reader" minSize="320px" className="pane pane-reader">
        {reader}
      </Panel>
      <Separator className="pane-handle" aria-label="Resize the annotations" />
      <Panel id="side" panelRef={sidePanel} defaultSize="28%" minSize="240px" maxSize="50%" collapsible collapsedSize="0px" className="pane pane-side">
        {side}
      </Panel>
    </Group>
  );
});
