/**
 * Generated services: {@link dev.interactions4j.service.GeminiService} on an interface makes the
 * processor write its implementation, one interaction per method, shaped by {@link
 * dev.interactions4j.service.Prompt}, {@link dev.interactions4j.service.Model}, {@link
 * dev.interactions4j.service.Agent}, {@link dev.interactions4j.service.SystemInstruction} and
 * {@link dev.interactions4j.service.Generation}.
 */
package dev.interactions4j.service;
