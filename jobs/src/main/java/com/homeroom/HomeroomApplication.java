package com.homeroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HomeroomApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(HomeroomApplication.class, args)));
    }
}
