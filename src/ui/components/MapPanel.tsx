// The map: the Pixi scene from src/render, fed the view model, reporting clicks and hovers back.
// The scene is loaded on demand (its own chunk: the start page does not pay for Pixi). Until it
// is available — or where WebGL is not — a schematic SVG map stands in, drawn from the same view
// model. The DOM lists beside the map are the accessible interface; the canvas is one image.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ActorId, TheatreId } from '../../game';
import type { CreateMapScene, MapScene, MapViewModel } from '../../render';
import { antialiasChoice, preferredRenderer, schematicOnly } from '../map-address';
import { SchematicMap } from './SchematicMap';

export interface MapHandlers {
  onTheatreClick: (id: TheatreId) => void;
  onActorClick: (id: ActorId) => void;
  onHover: (id: string | null) => void;
}

interface Props extends MapHandlers {
  model: MapViewModel;
  sceneRef: { current: MapScene | null };
  children?: ReactNode;
}

type Status = 'loading' | 'ready' | 'schematic';

export function MapPanel({ model, sceneRef, onTheatreClick, onActorClick, onHover, children }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  const handlers = useRef<MapHandlers>({ onTheatreClick, onActorClick, onHover });
  handlers.current = { onTheatreClick, onActorClick, onHover };
  const modelRef = useRef(model);
  modelRef.current = model;

  useEffect(() => {
    let cancelled = false;
    let scene: MapScene | null = null;
    const container = containerRef.current;
    const start = async () => {
      try {
        const mod = (await import('../../render')) as unknown as { createMapScene?: CreateMapScene };
        if (cancelled) return;
        if (!mod.createMapScene || !container || schematicOnly()) {
          setStatus('schematic');
          return;
        }
        const preference = preferredRenderer();
        const antialias = antialiasChoice();
        const created = await mod.createMapScene(container, {
          onTheatreClick: (id) => handlers.current.onTheatreClick(id),
          onActorClick: (id) => handlers.current.onActorClick(id),
          onHover: (id) => handlers.current.onHover(id),
          // the first frame draws the game, not a blank board to be redrawn at once
          view: modelRef.current,
          ...(preference ? { preference } : {}),
          ...(antialias === undefined ? {} : { antialias }),
        });
        if (cancelled) {
          created.destroy();
          return;
        }
        scene = created;
        sceneRef.current = created;
        created.update(modelRef.current);
        setStatus('ready');
      } catch (e) {
        console.warn('The map could not start; showing the schematic map instead.', e);
        if (!cancelled) setStatus('schematic');
      }
    };
    // Started a tick later: React's strict mode mounts, unmounts and mounts again at once, and a
    // WebGL context is too costly to build twice.
    const timer = setTimeout(() => void start(), 0);
    return () => {
      clearTimeout(timer);
      cancelled = true;
      scene?.destroy();
      if (sceneRef.current === scene) sceneRef.current = null;
    };
  }, [sceneRef]);

  useEffect(() => {
    if (status !== 'ready') return;
    try {
      sceneRef.current?.update(model);
    } catch (e) {
      // A map that fails must not take the table with it: fall back to the schematic.
      console.warn('The map failed to draw; showing the schematic map instead.', e);
      sceneRef.current?.destroy();
      sceneRef.current = null;
      setStatus('schematic');
    }
  }, [model, status, sceneRef]);

  return (
    <section className="map-panel" id="map" aria-label="Map of the Indo-Pacific">
      <div
        ref={containerRef}
        className={`map-canvas ${status === 'ready' ? '' : 'is-empty'}`}
        hidden={status === 'schematic'}
        role="img"
        aria-label="Map of the Indo-Pacific: theatres, actors and alliance links. The lists of theatres and actors beside it hold the same information."
      />
      {status === 'schematic' && <SchematicMap model={model} onTheatreClick={onTheatreClick} onActorClick={onActorClick} onHover={onHover} />}
      {status === 'loading' && <p className="map-loading">Drawing the map…</p>}
      {children}
    </section>
  );
}
