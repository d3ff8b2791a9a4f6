package dev.interactions4j.sample;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Generation;
import dev.interactions4j.service.Model;
import dev.interactions4j.service.Prompt;
import dev.interactions4j.Reply;
import dev.interactions4j.media.Document;
import dev.interactions4j.media.GeneratedAudio;
import dev.interactions4j.media.GeneratedImage;
import dev.interactions4j.wire.Interaction;

/** A service with the return kinds the sample's TravelAgent does not use, for ServiceEndToEndTest. */
@GeminiService(model = "gemini-3-flash-preview")
@Generation(temperature = 0.5, seed = 7)
interface EveryReturnKind {
  Reply<String> textReply(String prompt);

  @Model("gemini-2.5-flash-image")
  Reply<GeneratedImage> imageReply(String subject);

  @Model("gemini-2.5-flash-preview-tts")
  GeneratedAudio speak(String text);

  @Model("gemini-2.5-flash-preview-tts")
  Reply<GeneratedAudio> speakReply(String text);

  BackgroundTask<String> backgroundText(String prompt);

  @Prompt("A contact for {name}, please.")
  BackgroundTask<Contact> backgroundValue(String name);

  BackgroundTask<Interaction> backgroundInteraction(String prompt);

  Interaction raw(String prompt, Document attachment);
}
