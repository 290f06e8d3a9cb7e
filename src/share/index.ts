export { HEIGHT_MESSAGE_TYPE, heightMessages, type AmpEmbedSizeMessage, type HeightMessage } from './embedMessages';
export {
  EMBED_SANDBOX,
  embedUrl,
  fullMapUrl,
  iframeSnippet,
  reservedHeight,
  resizeScriptUrl,
  responsiveSnippet,
  roundBounds,
  type SnippetOptions,
} from './embedSnippets';
export { oembedResponse, type OembedResponse } from './oembedResponse';
