// The browser's one lobby client (same origin) and seat store, shared by the online pages.
import { LobbyClient } from './lobby-client';
import { SeatsStore } from './seats-store';
import type { SeatServices } from './seat-actions';

export const services: Required<Pick<SeatServices, 'lobby' | 'seats'>> = {
  lobby: new LobbyClient(),
  seats: new SeatsStore(),
};
