export { seededRandom, type Random } from './seededRandom';
