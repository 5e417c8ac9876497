export const nativeEngine = undefined as never;
