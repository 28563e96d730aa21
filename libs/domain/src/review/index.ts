export * from './review-levels';
export * from './review-notes';
export * from './review-round';
