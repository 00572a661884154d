package com.example.people;

/** Written by hand. */
public class Person {}
