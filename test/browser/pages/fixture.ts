// A fixed view model for the map's browser tests: the opening of the spring-2024 scenario with a
// crisis in the Taiwan Strait, Thailand hedging, a suspended Quad and exercises in two theatres.
import type { MapViewModel } from '../../../src/render/view-model';

export const FIXTURE: MapViewModel = {
  theatres: [
    { id: 'KOR', name: 'Korean Peninsula', tension: 4, pressure: 5, deterrence: 6.4, crisis: false, selectable: false, forces: { US: 3, KR: 4, CN: 1 }, exercised: false },
    { id: 'ECS', name: 'East China Sea', tension: 3, pressure: 5, deterrence: 5.1, crisis: false, selectable: false, forces: { US: 2, JP: 3, CN: 2 }, exercised: true },
    { id: 'TWN', name: 'Taiwan Strait', tension: 7, pressure: 11, deterrence: 3.2, crisis: true, selectable: false, forces: { US: 1, TW: 2, CN: 4 }, exercised: false },
    { id: 'SCS', name: 'South China Sea', tension: 5, pressure: 8, deterrence: 3.9, crisis: false, selectable: false, forces: { US: 1, AU: 1, PH: 1, CN: 3 }, exercised: true },
    { id: 'WPAC', name: 'Western Pacific (Guam)', tension: 1, pressure: 1, deterrence: 4.6, crisis: false, selectable: false, forces: { US: 3, JP: 1 }, exercised: false },
    { id: 'SEA', name: 'Southeast Asia', tension: 2, pressure: 3, deterrence: 1.8, crisis: false, selectable: false, forces: { PH: 1, TH: 1, CN: 1 }, exercised: false },
    { id: 'OCE', name: 'Oceania', tension: 1, pressure: 1, deterrence: 3.5, crisis: false, selectable: false, forces: { US: 1, AU: 2 }, exercised: false },
  ],
  actors: [
    { id: 'US', name: 'United States', colour: '#2b5cab', side: 'network', aligned: true, selectable: false },
    { id: 'CN', name: 'China', colour: '#d7263d', side: 'china', aligned: true, selectable: false },
    { id: 'JP', name: 'Japan', colour: '#f28cb1', side: 'network', aligned: true, selectable: false },
    { id: 'KR', name: 'South Korea', colour: '#1b998b', side: 'network', aligned: true, selectable: false },
    { id: 'AU', name: 'Australia', colour: '#f4b400', side: 'network', aligned: true, selectable: false },
    { id: 'PH', name: 'Philippines', colour: '#8e44ad', side: 'network', aligned: true, selectable: false },
    { id: 'TW', name: 'Taiwan', colour: '#ff7f11', side: 'network', aligned: true, selectable: false },
    { id: 'TH', name: 'Thailand', colour: '#a0522d', side: 'network', aligned: false, selectable: false },
    { id: 'KP', name: 'North Korea', colour: '#4a4e69', side: 'china', aligned: true, selectable: false },
    { id: 'UK', name: 'United Kingdom', colour: '#9aa5b1', side: 'network', aligned: true, selectable: false },
    { id: 'IN', name: 'India', colour: '#6a994e', side: 'neutral', aligned: false, selectable: false },
    { id: 'RU', name: 'Russia', colour: '#7d1128', side: 'china', aligned: true, selectable: false },
  ],
  links: [
    { id: 'T-JP', name: 'US–Japan Security Treaty', kind: 'treaty', level: 3, suspended: false, members: ['US', 'JP'] },
    { id: 'T-KR', name: 'US–South Korea Mutual Defence Treaty', kind: 'treaty', level: 3, suspended: false, members: ['US', 'KR'] },
    { id: 'T-AU', name: 'ANZUS (US–Australia)', kind: 'treaty', level: 3, suspended: false, members: ['US', 'AU'] },
    { id: 'T-PH', name: 'US–Philippines Mutual Defence Treaty', kind: 'treaty', level: 2, suspended: false, members: ['US', 'PH'] },
    { id: 'T-TH', name: 'US–Thailand Alliance', kind: 'treaty', level: 1, suspended: false, members: ['US', 'TH'] },
    { id: 'P-TW', name: 'US–Taiwan Partnership', kind: 'partnership', level: 1, suspended: false, members: ['US', 'TW'] },
    { id: 'A-AUKUS', name: 'AUKUS', kind: 'minilateral', level: 1, suspended: false, members: ['US', 'AU', 'UK'] },
    { id: 'A-USJPKR', name: 'US–Japan–South Korea Trilateral', kind: 'minilateral', level: 2, suspended: false, members: ['US', 'JP', 'KR'] },
    { id: 'A-USJPPH', name: 'US–Japan–Philippines Trilateral', kind: 'minilateral', level: 1, suspended: false, members: ['US', 'JP', 'PH'] },
    { id: 'A-QUAD', name: 'The Quad', kind: 'minilateral', level: 1, suspended: true, members: ['US', 'JP', 'AU', 'IN'] },
  ],
  withoutAmerica: false,
  highlight: [],
  washington: { administration: 'undecided', election: 1, liveDeck: 'moshi', reliability: 6, troops: 28500 },
  europe: { ukraine: 2 },
};
