// edited by hand
class Person {}
