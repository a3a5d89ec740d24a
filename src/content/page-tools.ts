// Placeholder: extraction and reader, injected on demand.
export {};
