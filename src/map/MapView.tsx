import 'leaflet/dist/leaflet.css';
import './map.css';
import type { LatLngBoundsExpression } from 'leaflet';
import type { ReactNode } from 'react';
import { MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import type { BasemapFile, Place } from '../model/types';
import { BasemapLayer } from './BasemapLayer';
import { FitOnLoad } from './FitOnLoad';
import { HatchPatterns } from './HatchPatterns';
import { useTileStatus } from './useTileStatus';
import { KeepSelectedInView } from './KeepSelectedInView';
import { ViewSync, type MapViewport, type VisibleBounds } from './ViewSync';
import { flattenLeafletTransforms } from './flattenLeafletTransforms';

flattenLeafletTransforms();

/** What the map says, in the interface's language: the app passes it down, this folder has no words. */
export interface MapWords {
  tilesFailed: string;
  tilesSlow: string;
  zoomIn: string;
  zoomOut: string;
  basemap: string;
  governorates: string;
}

export interface MapViewProps {
  placesById: Map<string, Place>;
  basemap: BasemapFile | null;
  selected: string | null;
  viewport: MapViewport | null;
  onViewportChange: (viewport: MapViewport, visible: VisibleBounds) => void;
  fitBounds: LatLngBoundsExpression;
  tiles: boolean;
  skipLabels: ReadonlySet<string>;
  /** Where the dataset ever puts an event marker ([longitude, latitude]): the basemap's town names give way there. */
  eventAnchors: readonly (readonly [number, number])[];
  /** Pixels at the bottom of the map covered by the place's sheet on a phone (0 elsewhere). */
  coveredBottom: number;
  words: MapWords;
  /** The reader asks for less motion: jumps instead of zoom and fade animations. */
  reducedMotion: boolean;
  /**
   * The layers that change with the moment (PlacesLayer, EventMarkersLayer), drawn above the basemap. The
   * caller renders them from its own subscription to the moment, so that a slider step re-renders those
   * layers and not the map around them (its container, controls, basemap and view handlers).
   */
  children: ReactNode;
}

/** Tiles are an option, off by default: with them the map asks a third party for images. */
const TILE_URL = import.meta.env.VITE_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION =
  import.meta.env.VITE_TILE_ATTRIBUTION || '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export function MapView(props: MapViewProps) {
  const { viewport, fitBounds, reducedMotion } = props;
  const tiles = useTileStatus(props.tiles);
  // The bundled basemap stays until a tile has arrived, so a failing or hanging tile server leaves a map.
  const showBasemap = !props.tiles || tiles.status !== 'loaded';
  const tilesMessage = tiles.status === 'failed' ? props.words.tilesFailed : tiles.status === 'slow' ? props.words.tilesSlow : null;
  return (
    <>
      <HatchPatterns />
      {props.tiles && tilesMessage && (
        <p className="tiles-status" role="status">
          {tilesMessage}
        </p>
      )}
      <MapContainer
        className="map"
        center={viewport ? [viewport.lat, viewport.lng] : [35.9, 37.0]}
        zoom={viewport?.zoom ?? 8}
        minZoom={5}
        maxZoom={16}
        zoomSnap={1}
        // Readers who ask for less motion get jumps instead of zoom and fade animations.
        zoomAnimation={!reducedMotion}
        fadeAnimation={!reducedMotion}
        markerZoomAnimation={!reducedMotion}
        attributionControl
        zoomControl={false}
        keyboard
      >
        {/* Leaflet reads the titles once, when the control is made: a new language makes a new control. */}
        <ZoomControl key={props.words.zoomIn} position="topleft" zoomInTitle={props.words.zoomIn} zoomOutTitle={props.words.zoomOut} />
        {props.tiles && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} maxZoom={19} eventHandlers={tiles.handlers} />}
        {props.basemap && showBasemap && <BasemapLayer basemap={props.basemap} skipLabels={props.skipLabels} eventAnchors={props.eventAnchors} places={props.placesById} words={props.words} />}
        {props.children}
        <FitOnLoad bounds={fitBounds} enabled={!viewport} />
        <ViewSync onViewportChange={props.onViewportChange} />
        <KeepSelectedInView place={props.selected ? props.placesById.get(props.selected) : undefined} coveredBottom={props.coveredBottom} />
      </MapContainer>
    </>
  );
}
